// The consumer built and ran the quickstart; check what it printed and that the BOM it imported
// manages the LON SDK's own artefacts only.
import javax.xml.parsers.DocumentBuilderFactory

def log = new File(basedir, "build.log").text
assert log.contains("BUILD SUCCESS")
assert log =~ /Case \S+ is in step /: "the quickstart did not print the case's step"
assert log =~ /Due \d{4}-\d{2}-\d{2}: /: "the quickstart did not print the agenda"

def bomFile = new File(localRepositoryPath, "nl/lon/lon-bom/${projectVersion}/lon-bom-${projectVersion}.pom")
def bom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(bomFile).documentElement
assert bom.getElementsByTagName("parent").length == 0: "the published BOM must not have a parent"
def groups = bom.getElementsByTagName("dependency").collect { it.getElementsByTagName("groupId").item(0).textContent }
assert groups.size() == 9: "the BOM manages " + groups.size() + " artefacts, not the 9 published modules"
assert groups.every { it == "nl.lon" }: "the BOM manages third-party artefacts: " + groups
return true
