/**
 * One queue per workbook port: the ribbon's command and the pane share the port (one shared
 * runtime), and two writes at once could interleave their syncs — one deleting the sheet the other
 * just finished. Every port call waits for the one before it; a failure does not stop the queue.
 */
export class WorkQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
