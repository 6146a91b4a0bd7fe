def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] SAFE METHOD_NO_DELETE worker_b default.refund')
assert log.contains('No caller uses it any more: safe cleanup (rollout step 3).')
assert log.contains('[INFO] 0 breaking, 0 dangerous, 1 safe, 0 accepted')
assert log.contains('BUILD SUCCESS')
return true
