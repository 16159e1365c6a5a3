import { createBrowserRouter, type RouteObject } from 'react-router';
import HomePage from '../pages/HomePage';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/** A page loaded on demand: its own chunk, so the first page stays within its JavaScript budget. */
const page = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({
  Component: (await load()).default,
});

/**
 * Every page of the client: one file per page under src/pages/ (see apps/web/README.md, "How to add a page").
 * The home page is part of the first load; the others are chunks of their own.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'sign-in', lazy: page(() => import('../pages/SignInPage')) },
      { path: 'accept-invitation', lazy: page(() => import('../pages/AcceptInvitationPage')) },
      { path: 'reset-password', lazy: page(() => import('../pages/ResetPasswordPage')) },
      { path: 'account/password', lazy: page(() => import('../pages/ChangePasswordPage')) },
      { path: 'spaces/:slug', lazy: page(() => import('../pages/SpacePage')) },
      { path: 'threads/:id', lazy: page(() => import('../pages/ThreadPage')) },
      { path: 'reports/new', lazy: page(() => import('../pages/NewReportPage')) },
      { path: 'strategies', lazy: page(() => import('../pages/StrategiesPage')) },
      { path: 'strategies/:id', lazy: page(() => import('../pages/StrategyPage')) },
      { path: 'reports', lazy: page(() => import('../pages/ExperienceReportsPage')) },
      { path: 'reports/:id', lazy: page(() => import('../pages/ExperienceReportPage')) },
      { path: 'stacks', lazy: page(() => import('../pages/TechStackPage')) },
      { path: 'stacks/compare', lazy: page(() => import('../pages/CompareStacksPage')) },
      { path: 'stacks/calendar', lazy: page(() => import('../pages/DecommissionCalendarPage')) },
      { path: 'stacks/:code', lazy: page(() => import('../pages/TechStackPage')) },
      { path: 'radar', lazy: page(() => import('../pages/RadarPage')) },
      { path: 'standards', lazy: page(() => import('../pages/StandardsMatrixPage')) },
      { path: 'standards/status', lazy: page(() => import('../pages/StandardStatusPage')) },
      { path: 'search', lazy: page(() => import('../pages/SearchPage')) },
      { path: 'notifications', lazy: page(() => import('../pages/InboxPage')) },
      { path: 'account/settings', lazy: page(() => import('../pages/SettingsPage')) },
      { path: 'admin/members', lazy: page(() => import('../pages/AdminMembersPage')) },
      { path: 'admin/invitations', lazy: page(() => import('../pages/AdminInvitationsPage')) },
      { path: 'admin/flags', lazy: page(() => import('../pages/AdminFlagsPage')) },
      { path: 'admin/audit', lazy: page(() => import('../pages/AdminAuditPage')) },
      { path: '*', lazy: page(() => import('../pages/NotFoundPage')) },
    ],
  },
];

export const router = createBrowserRouter(routes);
