/** The policy chunk: the policy tables as the build compiled and checked them. Imported only dynamically. */
import packed from 'virtual:etdz-policy';
import { unpackPolicy } from '../compiled/pack';
import type { PolicyData } from './model';

export function loadPolicy(): PolicyData {
  return unpackPolicy(packed);
}
