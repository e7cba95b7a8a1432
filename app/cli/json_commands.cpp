#include "commands.h"

#include "io/model_json.h"
#include "model/model_validation.h"

#include <QFile>
#include <QFileInfo>

namespace hectare::cli {

int runExportJson(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Writes the whole model as JSON."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CliContext::tr("A .hectare document (default: the sample site)."),
                                 QStringLiteral("[FILE]"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          CliContext::tr("Write to OUT.json instead of standard output."),
                                          QStringLiteral("OUT.json"));
    parser.addOption(outputOption);
    int exitCode = kOk;
    if (!parseCommandLine(parser, QStringLiteral("export-json"), args, context, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() > 1)
        return context.usage(CliContext::tr("export-json takes at most one FILE"));
    std::unique_ptr<Document> document = context.openDocument(parser.positionalArguments().value(0));
    if (!document)
        return kBadInput;
    return writeOutput(parser.value(outputOption), exportModelJson(document->model()), context) ? kOk : kBadInput;
}

int runImportJson(const QStringList &args, CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr("Creates a new document from a JSON model."));
    parser.addPositionalArgument(QStringLiteral("IN.json"), CliContext::tr("The model to import."));
    parser.addPositionalArgument(QStringLiteral("OUT.hectare"), CliContext::tr("The document to create."));
    const QCommandLineOption forceOption(QStringLiteral("force"), CliContext::tr("Replace OUT.hectare if it exists."));
    parser.addOption(forceOption);
    int exitCode = kOk;
    if (!parseCommandLine(parser, QStringLiteral("import-json"), args, context, exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(CliContext::tr("import-json needs IN.json and OUT.hectare"));
    const QString input = positional[0];
    const QString output = positional[1];

    QFile file(input);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(Error{input, CliContext::tr("cannot be read: %1").arg(file.errorString())});
    Result<SiteModel> model = importModelJson(file.readAll());
    if (!model)
        return context.fail(Error{input + QStringLiteral(", ") + model.error().where, model.error().message});
    const std::vector<Error> errors = validateModel(model.value(), 20);
    if (!errors.empty()) {
        for (const Error &error : errors)
            context.fail(Error{input + QStringLiteral(": ") + error.where, error.message});
        return kBadInput;
    }
    if (QFileInfo::exists(output)) {
        if (!parser.isSet(forceOption))
            return context.fail(Error{output, CliContext::tr("already exists (use --force to replace it)")});
        // Build the new document beside the old one and swap only once it is complete.
        const QString fresh = output + QStringLiteral(".new");
        QFile::remove(fresh);
        {
            Result<std::unique_ptr<Document>> created = Document::create(fresh, model.value());
            if (!created)
                return context.fail(created.error());
        }
        QFile::remove(output + QStringLiteral("-wal"));
        QFile::remove(output + QStringLiteral("-shm"));
        if (!QFile::remove(output) || !QFile::rename(fresh, output))
            return context.fail(Error{output, CliContext::tr("cannot be replaced")});
    } else {
        Result<std::unique_ptr<Document>> created = Document::create(output, model.value());
        if (!created)
            return context.fail(created.error());
    }
    if (!context.json)
        context.out << CliContext::tr("Created %1: %2 halls, %3 rack positions, %4 tenants.")
                           .arg(output)
                           .arg(model->halls.size())
                           .arg(model->racks.size())
                           .arg(model->tenants.size())
                    << '\n';
    return kOk;
}

} // namespace hectare::cli
