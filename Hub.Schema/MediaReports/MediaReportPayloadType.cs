using Hub.Data.Model;
using Hub.Schema.Mutation;

namespace Hub.Schema.MediaReports;

public sealed class MediaReportPayloadType() : WritePayloadType<MediaReport, MediaReportType>("MediaReportPayload", "mediaReport");
