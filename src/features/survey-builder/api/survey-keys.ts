// Query keys of the creator's surveys, shared by this feature's hooks.
export const surveyKeys = {
  all: ['surveys'] as const,
  mine: ['surveys', 'mine'] as const,
  detail: (id: string) => ['surveys', 'detail', id] as const,
};
