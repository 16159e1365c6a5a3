/** Where each page lives; links are built with these, never by hand. */
export const paths = {
  home: () => '/',
  signIn: (next?: string) => (next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
  acceptInvitation: () => '/accept-invitation',
  resetPassword: () => '/reset-password',
  changePassword: () => '/account/password',
  space: (slug: string) => `/spaces/${encodeURIComponent(slug)}`,
  thread: (id: string, postId?: string) => `/threads/${encodeURIComponent(id)}${postId ? `#post-${postId}` : ''}`,
  newReport: (recommendation?: number) =>
    recommendation ? `/reports/new?recommendation=${recommendation}` : '/reports/new',
};
