// The teamMembers table: the people of the team as the collector lists them (GET /api/users), for the
// assignee pickers offline, and which of them this extension's token stands for (GET /api/users/me).
export interface TeamMemberRow {
  /** The name triage and notes show (primary key). */
  name: string;
  id?: string;
  email?: string;
  /** 1 for the person the token belongs to (or the token's own name, for a token of nobody). */
  me: 0 | 1;
}

export const TEAM_MEMBERS_INDEXES = 'name, me';
