import { accessOf, declareAccess, describeAccess, Public } from './access.js';
import { loadOrFail } from './load-or-fail.js';
import { notFound } from './errors.js';

class Probe {
  @Public()
  open(): string {
    return 'open';
  }

  @declareAccess({ kind: 'roles', roles: ['MODERATOR', 'ADMIN'] })
  moderate(): string {
    return 'moderate';
  }

  undeclared(): string {
    return 'undeclared';
  }
}

describe('access declarations', () => {
  it('records one declaration per method, read back and printed as the committed list prints it', () => {
    expect(describeAccess(accessOf(Probe.prototype.open))).toBe('public');
    expect(describeAccess(accessOf(Probe.prototype.moderate))).toBe('roles(MODERATOR, ADMIN)');
    expect(accessOf(Probe.prototype.undeclared)).toBeUndefined();
    expect(describeAccess(undefined)).toBe('UNDECLARED');
  });

  it('does not let a subclass inherit the declaration of an overridden method', () => {
    class Sub extends Probe {
      override open(): string {
        return 'changed';
      }
    }
    expect(accessOf(Sub.prototype.open)).toBeUndefined();
  });

  it('refuses a second declaration on one method', () => {
    expect(() => {
      class Twice {
        @Public()
        @declareAccess({ kind: 'signed-in' })
        twice(): string {
          return 'twice';
        }
      }
      return Twice;
    }).toThrow('Twice.twice declares its access twice');
  });
});

describe('loadOrFail', () => {
  const loader = { load: (key: string) => Promise.resolve(key === 'known' ? { id: key } : null) };

  it('returns what the loader found', async () => {
    await expect(loadOrFail(loader, 'known', () => notFound('Member not found'))).resolves.toEqual({ id: 'known' });
  });

  it('throws the given error where it found nothing', async () => {
    await expect(loadOrFail(loader, 'gone', () => notFound('Member not found'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Member not found',
    });
  });
});
