/** A refusal or failure of a backup or restore, with a message meant for the operator (no stack trace needed). */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}
