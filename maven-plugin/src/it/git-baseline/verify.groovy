def log = new File(basedir, 'build.log').text

assert log =~ /\[INFO\] Checked 2 worker\(s\) against git:main \([0-9a-f]{12}\)\./
assert log.contains('[ERROR] BREAKING METHOD_NO_DELETE worker_b default.refund')
assert log.contains('[ERROR]   caller worker_a: env.BILLING.refund() at worker_a/src/index.js:3:26')
assert !log.contains('No baseline for worker')
assert new File(basedir, 'target/bindery/baseline').isDirectory()
return true
