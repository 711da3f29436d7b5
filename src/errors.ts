// Two kinds of error. A UserError carries the Chinese sentence its reader will see (chat user or CLI
// user); anything else is a bug, logged with its context while the user gets a short apology.

export class UserError extends Error {
  override name = 'UserError';
  constructor(message: string) {
    super(message);
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;
