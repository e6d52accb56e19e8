#pragma once
// Runs the real ccedit binary (CCEDIT_BINARY) as a script would, for the command-line tests.

#include <QByteArray>
#include <QDir>
#include <QProcess>
#include <QStringList>

using namespace Qt::StringLiterals;

struct Result {
    bool normalExit = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// English messages whatever the machine's locale; nothing else changed.
inline QProcessEnvironment consoleEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    return environment;
}

inline Result runCcedit(const QStringList &arguments, const QString &workingDirectory = {},
                        const QProcessEnvironment &environment = consoleEnvironment())
{
    QProcess process;
    process.setProgram(QStringLiteral(CCEDIT_BINARY));
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDirectory.isEmpty() ? QDir::currentPath() : workingDirectory);
    process.setProcessEnvironment(environment);
    process.start();
    Result result;
    if (!process.waitForFinished(60'000))
        return result;
    result.normalExit = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

