import { Role } from './role.js';
import type { Viewer } from './viewer.js';
import { Visibility } from './visibility.js';
import { canView, visibleSql } from './visibility.policy.js';

const AUTHOR_OFFICE = '00000000-0000-4000-8000-00000000000a';
const SHARED_OFFICE = '00000000-0000-4000-8000-00000000000b';
const OTHER_OFFICE = '00000000-0000-4000-8000-00000000000c';

const viewers: Record<string, Viewer> = {
  anonymous: null,
  "a member of the author's office": { memberId: 'm1', officeId: AUTHOR_OFFICE, role: Role.MEMBER },
  'a member of a shared-with office': { memberId: 'm2', officeId: SHARED_OFFICE, role: Role.MEMBER },
  'a member of another office': { memberId: 'm3', officeId: OTHER_OFFICE, role: Role.MEMBER },
  'a moderator of an office it is not shared with': { memberId: 'm4', officeId: OTHER_OFFICE, role: Role.MODERATOR },
  'an admin of an office it is not shared with': { memberId: 'm5', officeId: OTHER_OFFICE, role: Role.ADMIN },
};

// Expected answers, one row per viewer, in the order PUBLIC, COMMUNITY, OFFICES, OFFICE.
const expected: Record<string, [boolean, boolean, boolean, boolean]> = {
  anonymous: [true, false, false, false],
  "a member of the author's office": [true, true, true, true],
  'a member of a shared-with office': [true, true, true, false],
  'a member of another office': [true, true, false, false],
  'a moderator of an office it is not shared with': [true, true, false, false],
  'an admin of an office it is not shared with': [true, true, false, false],
};

const visibilities = [Visibility.PUBLIC, Visibility.COMMUNITY, Visibility.OFFICES, Visibility.OFFICE];

describe('canView', () => {
  const cases = Object.keys(viewers).flatMap((who) =>
    visibilities.map((visibility, i) => [who, visibility, expected[who][i]] as const),
  );

  it.each(cases)('%s, %s content: %s', (who, visibility, allowed) => {
    // The author's office shares with SHARED_OFFICE; for OFFICE the list is ignored (it must not widen anything).
    const item = { visibility, officeId: AUTHOR_OFFICE, sharedWithOfficeIds: [SHARED_OFFICE] };
    expect(canView(viewers[who], item)).toBe(allowed);
  });

  it('sees nothing of an unknown visibility', () => {
    const item = { visibility: 'SECRET' as Visibility, officeId: AUTHOR_OFFICE, sharedWithOfficeIds: [] };
    expect(canView(viewers["a member of the author's office"], item)).toBe(false);
  });
});

describe('visibleSql', () => {
  const columns = { visibility: 't.visibility', officeId: 't.office_id', sharedWith: 't.shared_with_office_ids' };

  it('lets an anonymous viewer see PUBLIC rows only', () => {
    expect(visibleSql(null, columns)).toEqual({
      sql: '(t.visibility = :visibilityPublic)',
      params: { visibilityPublic: 'PUBLIC' },
    });
  });

  it("names its parameters with the prefix, and binds the viewer's office (never a role)", () => {
    const fragment = visibleSql(viewers['an admin of an office it is not shared with'], columns, 'threadVis');
    expect(Object.keys(fragment.params).every((name) => name.startsWith('threadVis'))).toBe(true);
    expect(fragment.params.threadVisViewerOfficeId).toBe(OTHER_OFFICE);
    expect(fragment.sql).not.toMatch(/ADMIN|MODERATOR|role/);
    expect(fragment.sql).toContain('= ANY(t.shared_with_office_ids)');
  });

  it('refuses a prefix that could break out of a parameter name', () => {
    expect(() => visibleSql(null, columns, 'x); DROP TABLE member; --')).toThrow(/prefix/);
  });
});
