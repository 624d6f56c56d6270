// Everything a port page runs, as one module: its copy buttons, the OS tabs of its commands and
// the feedback widget. The port-pages step writes 65,000 pages with this one script tag.
import './copy-button.ts';
import './os-tabs.ts';
import './feedback-widget.ts';
