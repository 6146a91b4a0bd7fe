def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] BREAKING CALLER_MEMBER_NOT_DEPLOYED worker_a BILLING.invoice')
assert log.contains("which the deployed 'worker_b' does not have on entrypoint 'default'. Deploy worker_b first.")
assert log.contains('[ERROR]   caller worker_a: env.BILLING.invoice() at worker_a/src/index.js:3:26')
assert log.contains('[INFO] SAFE METHOD_ADDED worker_b default.invoice')
assert log.contains('Contract check failed: 1 breaking, 0 dangerous, 1 safe, 0 accepted (failOn=breaking).')
return true
