using Hub.Data.Model;
using Hub.Schema.Mutation;

namespace Hub.Schema.Brands;

public sealed class BrandPayloadType() : WritePayloadType<Brand, BrandType>("BrandPayload", "brand");
