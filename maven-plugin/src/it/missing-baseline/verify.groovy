def log = new File(basedir, 'build.log').text

assert log.contains("[WARNING] No baseline for worker 'worker_b': worker_b/.bindery/contract.json does not exist, "
        + "so its changes are not checked (first deploy). Create it with 'mvn worker:contract' and commit it.")
assert log.contains('[INFO] 0 breaking, 0 dangerous, 0 safe, 0 accepted')
// then worker:contract writes exactly the files verify-compat reads, and attaches the bundle
assert log.contains("[INFO] Wrote snapshot of worker 'worker_b' to worker_b/.bindery/contract.json")
assert new File(basedir, 'worker_b/.bindery/contract.json').text.contains('"name" : "refund"')
assert new File(basedir, 'target/bindery/contract.json').text.contains('"surfaces"')
assert log.contains('[INFO] Attached the contract of 2 worker(s) as it-missing-baseline-1.0-bindery-contract.json')
assert log.contains('BUILD SUCCESS')
return true
