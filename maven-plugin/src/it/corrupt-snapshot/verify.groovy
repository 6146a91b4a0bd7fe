def log = new File(basedir, 'build.log').text

def snapshot = new File(basedir, 'worker_b/.bindery/contract.json').canonicalPath
assert log.contains("on project it-corrupt-snapshot: ${snapshot}:13:14: corrupt snapshot, not valid JSON")
assert log.contains('MojoExecutionException')
assert !log.contains('MojoFailureException')
return true
