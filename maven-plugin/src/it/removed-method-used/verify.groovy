def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] BREAKING METHOD_NO_DELETE worker_b default.refund')
assert log.contains("[ERROR]   'default.refund' was removed. Used by 1 call site.")
assert log.contains('[ERROR]   was: worker_b/src/index.js:8:9')
assert log.contains('[ERROR]   caller worker_a: env.BILLING.refund() at worker_a/src/index.js:3:26')
assert log.contains('[ERROR]   to accept it, add to .bindery/accepted-changes.json (with a justification):')
assert log.contains('[ERROR]     {"rule":"METHOD_NO_DELETE","fingerprint":"00e61cc814b0","subject":"worker_b default.refund","justification":"<why this change is acceptable>"}')
assert log.contains('Contract check failed: 1 breaking, 0 dangerous, 0 safe, 0 accepted (failOn=breaking).')
assert log.contains('MojoFailureException')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/bindery/compat.sarif'))
def result = sarif.runs[0].results[0]
assert result.ruleId == 'METHOD_NO_DELETE'
assert result.locations[0].physicalLocation.artifactLocation.uri == 'worker_b/src/index.js'
assert new File(basedir, 'target/bindery/TEST-bindery-compat.xml').text.contains('<failure')
return true
