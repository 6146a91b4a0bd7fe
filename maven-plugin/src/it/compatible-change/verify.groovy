def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] Checked 2 worker(s) against snapshot.')
assert log.contains('[INFO] SAFE METHOD_ADDED worker_b default.invoice')
assert log.contains('[INFO]   now: worker_b/src/index.js:12:9')
assert log.contains('[INFO] 0 breaking, 0 dangerous, 1 safe, 0 accepted')
assert !log.contains('No baseline for worker')
['compat.json', 'compat.md', 'compat.sarif', 'TEST-bindery-compat.xml'].each {
    assert new File(basedir, "target/bindery/$it").isFile() : "missing report $it"
}
// worker:plan: callee first
assert log =~ /\[INFO\] 1\. worker_b[^\n]*\n(?:[^\n]*\n)*?\[INFO\] 2\. worker_a \(calls worker_b\)/
// worker:list-rules as JSON
def rules = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/rules.json'))
assert rules.rules*.id.contains('METHOD_NO_DELETE')
return true
