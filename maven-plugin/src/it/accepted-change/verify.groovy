def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] accepted METHOD_NO_DELETE worker_b default.refund (listed in .bindery/accepted-changes.json)')
assert log.contains('[INFO] 0 breaking, 0 dangerous, 0 safe, 1 accepted')
assert !log.contains('[ERROR] BREAKING')
assert log.contains('BUILD SUCCESS')
return true
