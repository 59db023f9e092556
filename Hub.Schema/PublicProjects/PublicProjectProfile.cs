using AutoMapper;
using Hub.Data.Model;

namespace Hub.Schema.PublicProjects;

public sealed class PublicProjectProfile : Profile
{
    public PublicProjectProfile()
    {
        CreateProjection<Project, PublicProject>()
            .ForMember(p => p.StationName, o => o.MapFrom(p => p.Station.Name))
            .ForMember(p => p.BrandName, o => o.MapFrom(p => p.Brand != null && p.Brand.Visibility == Visibility.Public ? p.Brand.Name : null))
            .ForMember(p => p.DistrictName, o => o.MapFrom(p => p.Station.District != null ? p.Station.District.Name : null))
            .ForMember(p => p.DistrictCode, o => o.MapFrom(p => p.Station.District != null ? p.Station.District.Code : null));
    }
}
