// The host's script: loads the assistant, mounts it, and listens to its events.
import { ready, mount } from '../knb-assistant.mjs';

await ready;
const host = document.getElementById('assistant');
const log = document.getElementById('event-log');
host.addEventListener('knb-change', (event) => {
  window.lastChange = event.detail;
  log.textContent = `knb-change: ${JSON.parse(event.detail).service} (${event.detail.length} characters)`;
});
host.addEventListener('knb-ready', (event) => {
  window.readyDetail = event.detail;
  log.textContent += '\nknb-ready: the application is complete';
});
window.assistant = mount(host, { service: 'technical-study', lang: 'en', storageKey: 'portal-example', mode: 'applicant' });
window.mountAssistant = mount;
