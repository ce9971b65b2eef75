/** Where the shell reports what it did on its own (restarts, refusals), for whoever reads the kiosk's log. */
export type ShellLog = {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
};
