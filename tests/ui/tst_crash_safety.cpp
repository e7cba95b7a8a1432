// "Nothing is lost if the program is killed": a child process makes edits through the same
// session and undo commands as the window, then is killed with SIGKILL (no destructors, no
// checkpoint, the -wal file left behind). The file must open with every edit in it.
#include "commands/rack_commands.h"
#include "session/document_session.h"

#include "io/sample_site.h"
#include "store/document.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <csignal>
#include <unistd.h>

using namespace hectare;
using namespace hectare::ui;

namespace {

const char *kChildPathVariable = "HECTARE_CRASH_CHILD_PATH";

// Blocks the first free rack, blocks the second and undoes that, then dies at once.
[[noreturn]] void runChild(const QString &path)
{
    Result<std::unique_ptr<Document>> document = Document::open(path);
    if (!document)
        _exit(3);
    DocumentSession session(std::move(document.value()), false);
    std::vector<Rack> free;
    for (const Rack &rack : session.model().racks)
        if (rack.state == RackState::Free)
            free.push_back(rack);
    for (int i = 0; i < 2; ++i) {
        Rack blocked = free[i];
        blocked.state = RackState::Blocked;
        if (!session.execute(new EditRackCommand(&session, free[i], blocked, QStringLiteral("block"))))
            _exit(4);
    }
    session.undoStack()->undo();
    std::fflush(stdout);
    ::kill(::getpid(), SIGKILL);
    _exit(5);   // not reached
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsSurviveSigkill()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("site.hectare"));
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample.ok());
        QVERIFY(Document::create(path, sample.value()).ok());
        std::vector<Rack> free;
        for (const Rack &rack : sample->racks)
            if (rack.state == RackState::Free)
                free.push_back(rack);
        QVERIFY(free.size() >= 2);

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildPathVariable), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("editsSurviveSigkill")});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);   // killed, not a clean exit
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));   // the crash left the journal behind

        Result<std::unique_ptr<Document>> reopened = Document::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().text()));
        QVERIFY(!reopened.value()->isReadOnly());   // the dead process's lock was taken over
        const SiteModel &model = reopened.value()->model();
        const auto stateOf = [&](Id id) {
            return std::find_if(model.racks.begin(), model.racks.end(), [id](const Rack &r) { return r.id == id; })->state;
        };
        QCOMPARE(stateOf(free[0].id), RackState::Blocked);   // kept
        QCOMPARE(stateOf(free[1].id), RackState::Free);      // blocked, then undone: the undo is kept too
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString childPath = qEnvironmentVariable(kChildPathVariable);
    if (!childPath.isEmpty())
        runChild(childPath);
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crash_safety.moc"
