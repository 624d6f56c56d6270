/**
 * The feedback widget's code (feedback-widget.ts) loads when the widget comes near the screen, or
 * at the first click in it, which is then replayed: most readers never scroll that far, and the
 * 4 KB of script a page may load before any interaction has no room for it.
 */
const widget = document.querySelector('feedback-widget');
if (widget) {
  let loading: Promise<unknown> | undefined;
  const load = () => (loading ??= import('./feedback-widget.ts'));
  new IntersectionObserver(
    (entries, observer) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void load();
    },
    { rootMargin: '200px' },
  ).observe(widget);
  widget.addEventListener(
    'click',
    (event) => {
      if (customElements.get('feedback-widget')) return;
      const button = (event.target as Element).closest('button');
      event.stopImmediatePropagation();
      void load().then(() => button?.click());
    },
    { capture: true },
  );
}
