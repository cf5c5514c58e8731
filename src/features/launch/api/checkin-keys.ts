// Query keys of the creator's check-ins, shared by this feature's hooks.
export const checkinKeys = {
  mine: ['checkins', 'mine'] as const,
};
