package dev.bindery.runtime.internal;

import dev.bindery.runtime.internal.loop.EventLoop;
import dev.bindery.runtime.internal.rpc.RequestChain;

/**
 * A worker's view of the group loop: tasks and timers run in the request chain that was current
 * when they were posted, and those of an ended chain never run, so work that a finished request
 * left behind is cut off as workerd cuts it off. Counts live timers (per chain too) for hang detection.
 */
final class ChainedLoop implements EventLoop {

  private final EventLoop loop;
  private final GroupServices group;
  private int liveTimers;

  ChainedLoop(EventLoop loop, GroupServices group) {
    this.loop = loop;
    this.group = group;
  }

  int liveTimers() {
    return liveTimers;
  }

  @Override
  public void execute(Runnable task) {
    RequestChain chain = loop.inLoop() ? group.currentChain() : null;
    loop.execute(() -> group.runIn(chain, task));
  }

  @Override
  public Cancellable schedule(long delayMillis, Runnable task) {
    RequestChain chain = group.currentChain();
    boolean[] finished = {false};
    liveTimers++;
    if (chain != null) {
      chain.timerStarted();
    }
    Cancellable inner = loop.schedule(delayMillis, () -> {
      if (!finished[0]) {
        finished[0] = true;
        liveTimers--;
        if (chain != null) {
          chain.timerFinished();
        }
        group.runIn(chain, task);
      }
    });
    return () -> {
      inner.cancel();
      if (!finished[0]) {
        finished[0] = true;
        liveTimers--;
        if (chain != null) {
          chain.timerFinished();
        }
      }
    };
  }

  @Override
  public boolean inLoop() {
    return loop.inLoop();
  }
}
