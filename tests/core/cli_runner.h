#pragma once

// Runs hectare-cli (or another program) the way the CLI tests need it: with the C.UTF-8 locale the
// expected output is written in, its exit code, standard output and standard error captured.
#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace hectare::test {

struct CliRun
{
    int exitCode = -1;   // stays -1 when the program did not finish
    QByteArray out;
    QString err;

    QString outText() const { return QString::fromUtf8(out); }
};

// The test's own environment with LC_ALL=C.UTF-8, for a caller to adjust before running.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

inline CliRun runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env = cliEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env = cliEnvironment())
{
    return runProgram(QStringLiteral(HECTARE_CLI), args, env);
}

// A fingerprint of a file's bytes, to show that a refused command left it as it was.
inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

// A copy of tests/data/<name> in `dir` that the commands may write to (the checked-out file may be read-only).
inline QString copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    QFile::copy(QStringLiteral(HECTARE_TEST_DATA "/") + name, target);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

// A writable document "site.hectare" in `dir` holding the sample site, made the way a user would:
// export-json, then import-json. Empty, with the reason in `error`, if either command failed.
inline QString sampleDocument(const QTemporaryDir &dir, QString *error)
{
    const QString json = dir.filePath(QStringLiteral("sample.json"));
    const QString document = dir.filePath(QStringLiteral("site.hectare"));
    for (const QStringList &args : {QStringList{QStringLiteral("export-json"), QStringLiteral("-o"), json},
                                    QStringList{QStringLiteral("import-json"), json, document}}) {
        const CliRun run = runCli(args);
        if (run.exitCode != 0) {
            *error = args.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err;
            return {};
        }
    }
    return document;
}

} // namespace hectare::test
