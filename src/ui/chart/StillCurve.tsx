import { Curve, type LineDrawShapeProps } from 'recharts';

/**
 * A `<Line>`'s path without Recharts' measuring. Recharts reads the length of every line's path
 * (getTotalLength, which forces layout) on each render, to animate the line's drawing; that was the top
 * of the language switch's CPU profile. These lines never animate, so the path gets no ref to measure,
 * and the animation's progress never reaches the <path>.
 */
export function StillCurve({
  pathRef: _pathRef,
  animationElapsedTime: _elapsed,
  isAnimating: _animating,
  isEntrance: _entrance,
  visibleLength: _visible,
  ...curve
}: LineDrawShapeProps) {
  return <Curve {...curve} connectNulls={curve.connectNulls ?? false} />;
}
