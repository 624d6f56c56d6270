// Everything a port page runs: its copy buttons, the OS tabs of its commands, the error report's
// body and, on demand, the feedback widget. The port-pages step writes 65,000 pages with this one script tag.
import './copy-button.ts';
import './os-tabs.ts';
import './page-links.ts';
import './report-link.ts';
import './feedback-on-demand.ts';
