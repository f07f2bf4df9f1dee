// Prepares the consumer: it is the README's snippet and quickstart, nothing else.
// 1. Copies the quickstart (examples/src/main/java/nl/lon/examples/Quickstart.java) into the
//    consumer, so the consumer builds exactly the file the README points users to.
def source = new File(quickstartSource)
assert source.isFile(): "quickstart not found: " + source
def target = new File(basedir, "src/main/java/nl/lon/examples/Quickstart.java")
target.parentFile.mkdirs()
target.text = source.text

// 2. Checks that every piece of the consumer's POM (its properties and each dependency, the BOM
//    import included) appears as it is in the README's "Add it to your build" section.
def squeeze = { String xml -> xml.replaceAll(/(?s)<!--.*?-->/, "").replaceAll(/>\s+</, "><").trim() }
def readme = squeeze(new File(readmeFile).text)
def pom = new File(basedir, "pom.xml").text
def pieces = (pom =~ /(?s)<properties>.*?<\/properties>|<dependency>.*?<\/dependency>/).collect { it }
assert pieces.size() == 5
pieces.each { piece ->
  assert readme.contains(squeeze(piece)): "the README's dependency snippet lacks, as the consumer has it:\n" + piece
}
return true
