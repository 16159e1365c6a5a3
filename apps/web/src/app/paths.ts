/** Where each page lives; links are built with these, never by hand. */
export const paths = {
  home: () => '/',
  signIn: (next?: string) => (next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
  acceptInvitation: () => '/accept-invitation',
  resetPassword: () => '/reset-password',
  changePassword: () => '/account/password',
  space: (slug: string) => `/spaces/${encodeURIComponent(slug)}`,
  thread: (id: string, postId?: string) => `/threads/${encodeURIComponent(id)}${postId ? `#post-${postId}` : ''}`,
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  notifications: () => '/notifications',
  settings: () => '/account/settings',
  adminMembers: () => '/admin/members',
  adminInvitations: () => '/admin/invitations',
  adminFlags: () => '/admin/flags',
  adminAudit: () => '/admin/audit',
  strategies: () => '/strategies',
  strategy: (id: string) => `/strategies/${encodeURIComponent(id)}`,
  experienceReports: () => '/reports',
  experienceReport: (id: string) => `/reports/${encodeURIComponent(id)}`,
  techStacks: () => '/stacks',
  techStack: (officeCode: string) => `/stacks/${encodeURIComponent(officeCode)}`,
  compareStacks: (first?: string, second?: string) =>
    first && second ? `/stacks/compare?first=${first}&second=${second}` : '/stacks/compare',
  radar: () => '/radar',
  decommissionCalendar: () => '/stacks/calendar',
  standards: () => '/standards',
  standardStatus: (standard: string, officeCode: string) =>
    `/standards/status?standard=${encodeURIComponent(standard)}&office=${encodeURIComponent(officeCode)}`,
  newReport: (recommendation?: number) =>
    recommendation ? `/reports/new?recommendation=${recommendation}` : '/reports/new',
};
