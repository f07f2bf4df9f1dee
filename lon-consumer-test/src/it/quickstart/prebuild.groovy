// Copies the README's quickstart (examples/src/main/java/nl/lon/examples/Quickstart.java) into the
// consumer, so the consumer builds exactly the file users are pointed to.
def source = new File(quickstartSource)
assert source.isFile() : "quickstart not found: " + source
def target = new File(basedir, "src/main/java/nl/lon/examples/Quickstart.java")
target.parentFile.mkdirs()
target.text = source.text
return true
