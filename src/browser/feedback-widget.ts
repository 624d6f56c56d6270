// <feedback-widget> (src/render/feedback-widget.ts writes the markup; port pages load this on demand: port-page.ts).
import { createFollowUpForm, feedbackThanks, readVote, sendVote, sentMessage, storeVote, type Feedback } from './feedback.ts';

/**
 * Votes are stored in the browser and sent once: a happy vote at once, an unhappy one when
 * the reader sends or skips the follow-up, or leaves the page.
 */
class FeedbackWidget extends HTMLElement {
  connectedCallback() {
    const page = this.dataset.page!;
    const endpoint = this.dataset.endpoint ?? '';
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('[data-vote]')];
    const thanks = this.querySelector<HTMLElement>('[data-thanks]')!;
    let pending: Feedback | null = null;
    const flush = (extra: Partial<Feedback> = {}) => {
      const sent = pending ? sendVote(endpoint, { ...pending, ...extra }) : null;
      pending = null;
      return sent;
    };
    const show = (vote: number | null) => {
      for (const b of buttons) b.setAttribute('aria-pressed', String(Number(b.dataset.vote) === vote));
      thanks.textContent = vote === null ? '' : feedbackThanks(vote, false);
    };
    // The follow-up form matters only after an unhappy vote, so it is built then, not sent with every page.
    let form: HTMLFormElement | null = null;
    const followUp = (): HTMLFormElement => {
      if (form) return form;
      const created = createFollowUpForm();
      thanks.after(created);
      created.addEventListener('submit', (event) => {
        event.preventDefault();
        const data = new FormData(created);
        const reason = data.get('reason');
        const comment = String(data.get('comment') ?? '').trim();
        const sent = flush({ ...(reason ? { reason: String(reason) } : {}), ...(comment ? { comment } : {}) });
        created.hidden = true;
        // The form is gone: keep focus in the widget, on the message that says what happened.
        thanks.tabIndex = -1;
        thanks.focus();
        thanks.textContent = 'Sending…';
        void sent?.then((outcome) => (thanks.textContent = sentMessage(outcome)));
      });
      created.querySelector('[data-skip]')!.addEventListener('click', () => {
        flush();
        created.hidden = true;
      });
      return (form = created);
    };
    show(readVote(page));
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const vote = Number(button.dataset.vote);
        flush();
        storeVote(page, vote);
        show(vote);
        if (vote !== 3) thanks.textContent = feedbackThanks(vote, true);
        pending = { page, vote };
        if (vote === 3) {
          if (form) form.hidden = true;
          flush();
        } else {
          followUp().hidden = false;
        }
      });
    }
    // A reader who votes and leaves still counts.
    addEventListener('pagehide', () => flush());
  }
}
customElements.define('feedback-widget', FeedbackWidget);
