/**
 * Counts which profile fields rendered in each React commit, without changing the kit: index.html
 * installs a stand-in DevTools hook that hands every committed fiber root to `__benchOnCommit`.
 *
 * A field is the nearest component above an element with `data-part="profile-field"` (the kit's
 * ProfileField), plus everything below it. A component rendered in a commit when its fiber is not the
 * very object of the previous commit (React reuses untouched subtrees as they are) and React marked it
 * `PerformedWork` (its function ran, rather than bailing out on equal props).
 */

/** The fiber fields the bench reads (React's internal shape; stable across React 18 and 19). */
interface Fiber {
  tag: number;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  return: Fiber | null;
  memoizedProps: Record<string, unknown> | null;
}

/** What react-dom passes to the DevTools hook on each commit. */
interface FiberRoot {
  current: Fiber;
}

declare global {
  interface Window {
    /** Set while the bench listens to commits (see index.html). */
    __benchOnCommit?: (root: FiberRoot) => void;
  }
}

const performedWork = 1;
const hostComponent = 5;
/** Function, class, forwardRef, memo and simple-memo components: the ones that "render". */
const componentTags = new Set([0, 1, 11, 14, 15]);

/** Every fiber of the committed tree, depth first. */
function* fibersOf(root: Fiber): Generator<Fiber> {
  let node: Fiber | null = root;
  while (node) {
    yield node;
    if (node.child) {
      node = node.child;
      continue;
    }
    while (node && !node.sibling) {
      if (node === root) return;
      node = node.return;
    }
    if (!node || node === root) return;
    node = node.sibling;
  }
}

/** What one listening window saw. */
export interface FieldRenderLog {
  /** Commits React made. */
  commits: number;
  /** Keys of the fields that rendered at least once. */
  renderedFields: Set<string>;
  /** When the last commit happened (performance.now()). */
  lastCommitAt: number;
}

/**
 * Starts listening to commits; `stop()` returns the log. `baseline()` must be called first, while
 * nothing renders, so the first commit has a previous tree to compare with.
 */
export function listenToFieldRenders(root: FiberRoot): { stop: () => FieldRenderLog } {
  let previous = new WeakSet<Fiber>();
  for (const fiber of fibersOf(root.current)) previous.add(fiber);
  const log: FieldRenderLog = { commits: 0, renderedFields: new Set(), lastCommitAt: 0 };
  window.__benchOnCommit = (committed) => {
    log.commits += 1;
    log.lastCommitAt = performance.now();
    const seen = new WeakSet<Fiber>();
    const rendered = new Set<Fiber>();
    for (const fiber of fibersOf(committed.current)) {
      seen.add(fiber);
      if (componentTags.has(fiber.tag) && !previous.has(fiber) && (fiber.flags & performedWork) !== 0)
        rendered.add(fiber);
    }
    for (const fiber of fibersOf(committed.current)) {
      if (fiber.tag !== hostComponent || fiber.memoizedProps?.['data-part'] !== 'profile-field') continue;
      let owner = fiber.return;
      while (owner && !componentTags.has(owner.tag)) owner = owner.return;
      if (!owner) continue;
      for (const inside of fibersOf(owner)) {
        if (rendered.has(inside)) {
          log.renderedFields.add(String(fiber.memoizedProps['data-key']));
          break;
        }
      }
    }
    previous = seen;
  };
  return {
    stop: () => {
      window.__benchOnCommit = undefined;
      return log;
    },
  };
}

/** The fiber root React keeps on the container element (`__reactContainer$…`). */
export function fiberRootOf(container: Element): FiberRoot | null {
  const key = Object.keys(container).find((name) => name.startsWith('__reactContainer$'));
  const hostRoot = key ? (container as unknown as Record<string, { stateNode?: FiberRoot }>)[key] : undefined;
  return hostRoot?.stateNode ?? null;
}
