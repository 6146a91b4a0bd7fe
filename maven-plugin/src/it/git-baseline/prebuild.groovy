// Makes a real repository: worker_b v1 (with refund) committed on main, then v2 (without it) in the work tree.
def git(String... args) {
    def cmd = ['git', '-c', 'user.name=it', '-c', 'user.email=it@example.com', '-c', 'commit.gpgsign=false'] + args.toList()
    def process = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    if (process.waitFor() != 0) {
        throw new IllegalStateException("${cmd.join(' ')} failed: ${output}")
    }
}

def index = new File(basedir, 'worker_b/src/index.js')
def v2 = index.text
index.text = new File(basedir, 'v1/worker_b-index.js').text
git('init', '-q', '-b', 'main')
git('add', 'pom.xml', 'worker_a', 'worker_b')
git('commit', '-q', '-m', 'v1')
index.text = v2
return true
