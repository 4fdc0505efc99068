// Loaded with NODE_OPTIONS="--import …/cpu-profile-hook.mjs" (node refuses --cpu-prof there):
// profiles the `next start` process from its start to its exit and writes a .cpuprofile into
// CPU_PROFILE_DIR, to open in Chrome's DevTools. Other processes (the launcher, a build) are left alone.
import fs from "node:fs";
import inspector from "node:inspector";
import path from "node:path";

const directory = process.env.CPU_PROFILE_DIR;
if (directory && process.argv.includes("start")) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 200 });
  session.post("Profiler.start");
  const write = () => {
    // The main thread's session answers synchronously, so this works inside an exit handler.
    session.post("Profiler.stop", (error, result) => {
      if (error) return;
      fs.mkdirSync(directory, { recursive: true });
      fs.writeFileSync(path.join(directory, `next-start-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  process.once("exit", write);
}
