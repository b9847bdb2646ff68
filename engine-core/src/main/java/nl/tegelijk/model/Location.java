package nl.tegelijk.model;

/**
 * A place where people live or where a course, school or placement is held.
 *
 * @param id identifier, unique in the scenario
 * @param name a public name, e.g. "AZC Zaandam" or "Zaandam-Oost"; never a person's address
 * @param district district or village (<i>wijk</i>)
 * @param latitude WGS84 latitude in degrees
 * @param longitude WGS84 longitude in degrees
 */
public record Location(String id, String name, String district, double latitude, double longitude) {
    public Location {
        RecordCheck check = RecordCheck.of("location", id);
        check.required(name, "name");
        check.required(district, "district");
        check.within(latitude, -90, 90, "latitude");
        check.within(longitude, -180, 180, "longitude");
        check.done();
    }

    /** Great-circle distance to {@code other} in kilometres. */
    public double distanceKmTo(Location other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
