// The notification jobs, for the job registry.
import { backInStockJob } from "./back-in-stock.server";
import { handoffReminderJob, notifyHandoffJob } from "./handoff.server";
import { emailReplyJob } from "./reply-email.server";

export { backInStockJob, emailReplyJob, handoffReminderJob, notifyHandoffJob };

export const notificationJobs = [notifyHandoffJob, handoffReminderJob, emailReplyJob, backInStockJob] as const;
