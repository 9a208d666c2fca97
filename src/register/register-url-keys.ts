/**
 * The URL parameters of the register's filter. Tiny on purpose: the app shell imports it to open the
 * register tab when a link carries a filter, without loading the register itself.
 */
export const REGISTER_URL_KEYS = ['rq', 'rsite', 'rcluster', 'rtype', 'rstatus', 'rflag', 'roverdue', 'rsort', 'rdesc'] as const;

/** Whether the URL holds any register parameter. */
export const hasRegisterParams = (search: string): boolean => {
  const params = new URLSearchParams(search);
  return REGISTER_URL_KEYS.some((key) => params.has(key));
};
