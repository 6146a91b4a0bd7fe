import { WorkerEntrypoint } from "cloudflare:workers";
import { build, describe, mutate, showErr } from "./kit.js";

// Driven from Java by CloneProperties: each method builds a value from a recipe, sends it to
// clone_callee over the binding B, and reports what each side saw, rendered by describe().
export default class extends WorkerEntrypoint {
  async argument(recipe) {
    const value = build(recipe);
    const expected = describe(value, true);
    const calleeSaw = await this.env.B.describe(value);
    const echoed = describe(await this.env.B.echo(value));
    return { expected, calleeSaw, echoed, senderAfter: describe(value, true) };
  }

  async result(recipe) {
    const expected = await this.env.B.expected(recipe);
    const received = await this.env.B.make(recipe);
    return { expected, received: describe(received) };
  }

  async isolation(recipe) {
    const B = this.env.B;
    const mine = build(recipe);
    const original = describe(mine, true);
    const calleeKept = await B.keep(mine);
    mutate(mine);
    const mineMutated = describe(mine);
    const calleeKeptAfterSenderMutated = await B.describeKept();
    await B.mutateKept();
    const mineAfterCalleeMutated = describe(mine);

    const received = await B.makeAndKeep(recipe);
    const calleeOwn = await B.describeOwn();
    mutate(received);
    const calleeOwnAfterReceiverMutated = await B.describeOwn();
    return {
      original, calleeKept, calleeKeptAfterSenderMutated, mineMutated, mineAfterCalleeMutated,
      calleeOwn, calleeOwnAfterReceiverMutated,
    };
  }

  async identity(recipe) {
    const B = this.env.B;
    const value = build(recipe);
    const withinArgument = await B.same(value, { inner: [value] });
    await B.keep(value);
    const acrossArguments = await B.isKept(value);
    await B.makeAndKeep(recipe);
    const pair = await B.ownTwice();
    const first = await B.ownOnce();
    const second = await B.ownOnce();
    return { withinArgument, acrossArguments, withinResult: pair[0] === pair[1].inner[0], acrossResults: first === second };
  }

  async refusal(recipe) {
    const value = build(recipe);
    let argument = "accepted";
    try { await this.env.B.describe(value); } catch (e) { argument = showErr(e); }
    let result = "accepted";
    try { await this.env.B.makeBoxed(recipe); } catch (e) { result = showErr(e); }
    return { argument, result };
  }
}
