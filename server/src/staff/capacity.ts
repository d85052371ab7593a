import type {StaffModel} from './staff.model';

/** The team's size and minutes a day for touches: every active profile's daily capacity. */
export function createStaffCapacity(Staff: StaffModel) {
  return async (shop: string) => {
    const active = await Staff.find({shop, active: true}, {dailyCapacityMinutes: 1}).lean();
    return {
      activeStaff: active.length,
      minutes: active.reduce((sum, s) => sum + s.dailyCapacityMinutes, 0),
    };
  };
}
