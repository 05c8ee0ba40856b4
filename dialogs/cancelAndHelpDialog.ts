import { ComponentDialog, DialogTurnStatus, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';

const CANCEL = /^\s*(cancel|never\s*mind|nevermind|start over|stop|forget it|quit|abort)\s*[.!]*\s*$/i;
const HELP = /^\s*(help|\?|what can i say|what do i say)\s*[.!?]*\s*$/i;

/**
 * Base of every multi-turn capability: "cancel", "never mind" or "start over" on their
 * own leave the dialog at any step; "help" explains the current step and asks again.
 */
export abstract class CancelAndHelpDialog extends ComponentDialog {
  /** What "help" says at the current step. */
  protected abstract helpText(innerDc: DialogContext): string;

  /**
   * The options the dialog's waterfall was begun with, where its steps keep what they gathered.
   * While a prompt waits for the answer, the prompt is the active inner dialog, so the waterfall
   * is the bottom of the inner stack (`stack[0]`), not `innerDc.activeDialog` (the top).
   */
  protected waterfallOptions<T>(innerDc: DialogContext): T | undefined {
    return innerDc.stack[0]?.state?.options as T | undefined;
  }

  /** What leaving says, so the user knows nothing half-done stays behind. */
  protected abstract cancelledText(): string;

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const interruption = await this.interrupt(innerDc);
    return interruption ?? super.onContinueDialog(innerDc);
  }

  private async interrupt(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
    if (innerDc.context.activity.type !== 'message') return undefined;
    const text = innerDc.context.activity.text ?? '';
    if (CANCEL.test(text)) {
      await innerDc.context.sendActivity(this.cancelledText());
      return innerDc.cancelAllDialogs();
    }
    if (HELP.test(text)) {
      await innerDc.context.sendActivity(this.helpText(innerDc));
      await innerDc.repromptDialog();
      return { status: DialogTurnStatus.waiting };
    }
    return undefined;
  }
}
