import nodemailer from "nodemailer";

export type Mail = { to: string; subject: string; text: string };

/** Sends e-mail in the background: `send` queues and returns at once; a failure is logged, never thrown. */
export type Mailer = {
  send(mail: Mail): void;
  /** Resolves once everything queued so far was sent or failed (tests, shutdown). */
  idle(): Promise<void>;
  close(): void;
};

/** A mailer over the SMTP server of `smtpUrl` (`smtp://user:pass@host:port`, `smtps://…`). */
export function createSmtpMailer(smtpUrl: string, from: string, log: (line: string) => void = console.error): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  let queue: Promise<void> = Promise.resolve();
  return {
    send(mail) {
      queue = queue.then(async () => {
        try {
          await transport.sendMail({ from, ...mail });
        } catch (error) {
          log(`[mail] sending "${mail.subject}" failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
    },
    idle: () => queue,
    close: () => transport.close(),
  };
}
