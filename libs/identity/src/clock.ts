// The Clock is shared by every domain (@forum/core); identity provides and exports it as before.
export { Clock } from '@forum/core';
