const placeholder = '[redacted]';
const bearer = /\b(Bearer)\s+[^\s"',;]+/gi;

/** Removes known secrets, and anything shaped like a bearer token, from text. */
export class SecretFilter {
  readonly #secrets = new Set<string>();

  add(secret: string | undefined): void {
    if (secret && secret.length >= 4) this.#secrets.add(secret);
  }

  clean(text: string): string {
    let result = text;
    for (const secret of this.#secrets) result = result.split(secret).join(placeholder);
    return result.replace(bearer, `$1 ${placeholder}`);
  }
}
