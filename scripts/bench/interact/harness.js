/* global window, document, MutationObserver, requestAnimationFrame */
/**
 * Injected into every page the interaction bench opens (page.addInitScript). Plain browser
 * JavaScript on purpose: it is read from disk, so no transpiler helper can leak into the page.
 *
 * One measurement ("arm", act, wait for "settled", "result"):
 * - input: the timeStamp of the first trusted click or keydown after arming (what Event Timing's
 *   duration starts from too);
 * - done: the first DOM mutation after which the interaction's expected end state holds (the
 *   predicate: html lang, a text, an attribute, or a count of elements that differs from before);
 * - paint: the frame after the last DOM mutation, once no mutation has come for `quietMs` (so a
 *   second commit, e.g. a chart re-measuring itself, is part of the interaction). Measured as a
 *   message posted from requestAnimationFrame, which runs after that frame is produced.
 * Event Timing entries (durationThreshold 16, the API's minimum) and long tasks are collected
 * for the same span.
 */
(() => {
  const events = [];
  const longTasks = [];
  const observe = (type, options, into) => {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          into.push({
            name: e.name,
            start: e.startTime,
            duration: e.duration,
            interactionId: e.interactionId || 0,
          });
      }).observe({ type, buffered: true, ...options });
    } catch {
      // An older browser without the entry type: the bench reports the metric as missing.
    }
  };
  observe('event', { durationThreshold: 16 }, events);
  observe('longtask', {}, longTasks);

  let armed = null;
  let seq = 0;

  const count = (selector) => document.querySelectorAll(selector).length;
  const holds = (p) => {
    if (p.lang !== undefined && document.documentElement.lang !== p.lang) return false;
    if (p.text) {
      const el = document.querySelector(p.text[0]);
      if (!el || el.textContent.trim() !== p.text[1]) return false;
    }
    if (p.attr) {
      const el = document.querySelector(p.attr[0]);
      if (!el || el.getAttribute(p.attr[1]) !== p.attr[2]) return false;
    }
    if (p.countChanged !== undefined && count(p.countChanged) === armed.countBefore) return false;
    return true;
  };

  const probePaint = (mutationSeq) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (armed && mutationSeq === seq) armed.paint = performance.now();
      };
      channel.port2.postMessage(null);
    });
  };

  const onMutation = () => {
    // After the quiet period the interaction is over: a later change (a delayed announcement, say) is
    // not part of it, and must not erase the paint already measured.
    if (!armed || armed.input === null || armed.closed) return;
    seq += 1;
    armed.lastMutation = performance.now();
    armed.paint = null;
    if (armed.done === null && holds(armed.predicate)) armed.done = armed.lastMutation;
    probePaint(seq);
  };

  const onInput = (e) => {
    if (armed && armed.input === null && e.isTrusted) armed.input = e.timeStamp;
  };
  window.addEventListener('click', onInput, { capture: true });
  window.addEventListener('keydown', onInput, { capture: true });

  let mutations = null;
  const startMutations = () => {
    if (mutations) return;
    mutations = new MutationObserver(onMutation);
    mutations.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  };

  const overlapping = (list, from, to) => list.filter((e) => e.start + e.duration >= from && e.start <= to);

  // Frames and long tasks over a span of time: the playback measure.
  let frames = null;
  const countFrames = () => {
    if (!frames || frames.stopped) return;
    frames.count += 1;
    requestAnimationFrame(countFrames);
  };

  window.__bench = {
    arm(predicate, quietMs) {
      startMutations();
      armed = {
        predicate,
        quietMs,
        countBefore: predicate.countChanged !== undefined ? count(predicate.countChanged) : null,
        input: null,
        done: null,
        lastMutation: null,
        paint: null,
        closed: false,
      };
    },
    /** The end state was reached, nothing has changed for quietMs, and the last change was painted. */
    settled() {
      if (!armed || armed.done === null || armed.paint === null) return false;
      if (performance.now() - armed.lastMutation < armed.quietMs) return false;
      armed.closed = true;
      return true;
    },
    /** What the bench knows so far, for a timeout message. */
    status() {
      return (
        armed && { input: armed.input !== null, done: armed.done !== null, painted: armed.paint !== null }
      );
    },
    result() {
      const a = armed;
      armed = null;
      if (!a || a.input === null || a.paint === null) return null;
      const span = (list) => overlapping(list, a.input, a.paint);
      const ownEvents = events.filter((e) => e.start >= a.input - 1 && e.start <= a.paint);
      return {
        duration: a.paint - a.input,
        doneAfter: a.done - a.input,
        event: ownEvents.length ? Math.max(...ownEvents.map((e) => e.duration)) : null,
        longTasks: span(longTasks).map((t) => t.duration),
      };
    },
    startFrames() {
      frames = { count: 0, start: performance.now(), stopped: false };
      requestAnimationFrame(countFrames);
    },
    stopFrames() {
      const f = frames;
      if (!f) return null;
      f.stopped = true;
      const end = performance.now();
      const tasks = overlapping(longTasks, f.start, end).map((t) => ({
        duration: Math.min(t.start + t.duration, end) - Math.max(t.start, f.start),
        full: t.duration,
      }));
      return {
        elapsed: end - f.start,
        frames: f.count,
        longTaskTime: tasks.reduce((s, t) => s + t.duration, 0),
        longest: tasks.length ? Math.max(...tasks.map((t) => t.full)) : 0,
      };
    },
  };
})();
