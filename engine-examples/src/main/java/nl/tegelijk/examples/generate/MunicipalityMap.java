package nl.tegelijk.examples.generate;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.model.Location;

/**
 * The places of one generated scenario: the districts of the municipality, where reception is, and the regional
 * places outside the municipality. Immutable.
 *
 * @param region the labour-market region
 * @param locations every location, in id order
 * @param housingDistricts districts where dwellings for permit holders are offered
 * @param allDistricts every district of the municipality (schools, courses, placements, foster families)
 * @param localReception COA reception locations in the municipality
 * @param emergencyShelter an emergency shelter in the municipality, when there is one
 * @param receptionElsewhere a COA reception centre elsewhere in the country, where linked permit holders wait
 * @param minorsUnit a small-scale unit for unaccompanied minors in the municipality
 * @param regional places outside the municipality where regional courses are held
 */
record MunicipalityMap(String region, List<Location> locations, List<Location> housingDistricts,
                       List<Location> allDistricts, List<Location> localReception,
                       Optional<Location> emergencyShelter, Location receptionElsewhere, Location minorsUnit,
                       List<Location> regional) {

    MunicipalityMap {
        locations = List.copyOf(locations);
        housingDistricts = List.copyOf(housingDistricts);
        allDistricts = List.copyOf(allDistricts);
        localReception = List.copyOf(localReception);
        regional = List.copyOf(regional);
        checkArgument(!housingDistricts.isEmpty(), "housingDistricts must not be empty");
        checkArgument(!localReception.isEmpty(), "localReception must not be empty");
        checkArgument(!regional.isEmpty(), "regional must not be empty");
    }

    /** Every place where asylum seekers and waiting permit holders live in reception. */
    List<Location> allReception() {
        List<Location> all = new ArrayList<>(localReception);
        emergencyShelter.ifPresent(all::add);
        return all;
    }

    /** The map of the preset, with as many generic districts as suit the number of persons. */
    static MunicipalityMap of(ResourcePreset preset, String municipality, int persons) {
        return switch (preset) {
            case ZAANSTAD_2016 -> zaanstad(true);
            case ZAANSTAD_2025 -> zaanstad(false);
            case GENERIC -> generic(municipality, persons);
        };
    }

    /**
     * Zaanstad's districts with approximate centre coordinates (WGS84, read off a map; assumption to a few hundred
     * metres). Poelenburg and Peldersveld are districts but get no dwellings: they were excluded for new permit
     * holders on benefits (Wbmgp; DOMAIN.md 3, HV-FIT-01 [L]).
     */
    private static MunicipalityMap zaanstad(boolean year2016) {
        Ids ids = new Ids();
        List<Location> housing = List.of(
                ids.next("Zaandam-Centrum", "Zaandam-Centrum", 52.4386, 4.8262),
                ids.next("Zaandam-Oost", "Zaandam-Oost", 52.4425, 4.8440),
                ids.next("Kogerveld", "Kogerveld", 52.4530, 4.8370),
                ids.next("Zaandam-Zuid", "Zaandam-Zuid", 52.4265, 4.8300),
                ids.next("Koog aan de Zaan", "Koog aan de Zaan", 52.4610, 4.8060),
                ids.next("Zaandijk", "Zaandijk", 52.4720, 4.8065),
                ids.next("Wormerveer", "Wormerveer", 52.4915, 4.7895),
                ids.next("Krommenie", "Krommenie", 52.4995, 4.7635),
                ids.next("Assendelft", "Assendelft", 52.4800, 4.7420),
                ids.next("Westzaan", "Westzaan", 52.4545, 4.7845));
        List<Location> excluded = List.of(
                ids.next("Poelenburg (no dwellings for new permit holders)", "Poelenburg", 52.4455, 4.8100),
                ids.next("Peldersveld (no dwellings for new permit holders)", "Peldersveld", 52.4480, 4.8170));
        List<Location> districts = concat(housing, excluded);
        List<Location> reception = year2016
                ? List.of(ids.next("POL Zaandam (permit-holder location)", "Zaandam-Zuid", 52.4290, 4.8250))
                : List.of(ids.next("COA reception location Zaandam", "Zaandam-Zuid", 52.4290, 4.8250));
        Optional<Location> shelter = year2016
                ? Optional.of(ids.next("Emergency shelter Hembrug", "Hembrugterrein", 52.4175, 4.8285))
                : Optional.empty();
        Location elsewhere = ids.next("AZC elsewhere (COA, other municipality)", "outside the municipality",
                52.6640, 4.8300);
        Location minors = ids.next("Small-scale unit for unaccompanied minors", "Zaandam-Oost", 52.4430, 4.8455);
        List<Location> regional = List.of(
                ids.next("Regional course centre Purmerend", "Purmerend", 52.5050, 4.9595),
                ids.next("Regional education centre Amsterdam", "Amsterdam", 52.3676, 4.9041));
        List<Location> all = new ArrayList<>(districts);
        all.addAll(reception);
        shelter.ifPresent(all::add);
        all.add(elsewhere);
        all.add(minors);
        all.addAll(regional);
        return new MunicipalityMap("Zaanstreek/Waterland", all, housing, districts, reception, shelter, elsewhere,
                minors, regional);
    }

    private static final List<String> GENERIC_DISTRICTS = List.of("Centrum", "Noord", "Oost", "Zuid", "West",
            "Noordoost", "Zuidoost", "Zuidwest", "Noordwest", "Haven", "Dorp", "Buitenwijk");

    /** A generic municipality around a centre in the middle of the country; one district per ~1,500 persons. */
    private static MunicipalityMap generic(String municipality, int persons) {
        Ids ids = new Ids();
        int districtCount = Math.max(4, Math.min(30, persons / 1_500 + 4));
        double lat0 = 52.1560;
        double lon0 = 5.3880;
        List<Location> districts = new ArrayList<>();
        for (int i = 0; i < districtCount; i++) {
            String name = i < GENERIC_DISTRICTS.size() ? GENERIC_DISTRICTS.get(i) : "Wijk " + (i + 1);
            double radiusKm = i == 0 ? 0 : 1.5 + 0.4 * i;
            double angle = i * 2.399963; // golden angle: districts spread evenly, no randomness needed
            districts.add(ids.next(municipality + " " + name, name,
                    lat0 + radiusKm / 111.0 * Math.cos(angle), lon0 + radiusKm / 68.0 * Math.sin(angle)));
        }
        int receptionCount = 1 + persons / 20_000;
        List<Location> reception = new ArrayList<>();
        for (int i = 0; i < receptionCount; i++) {
            Location district = districts.get((i * 3 + 1) % districts.size());
            reception.add(ids.next("AZC " + municipality + " " + (i + 1), district.district(),
                    district.latitude() + 0.004, district.longitude() + 0.004));
        }
        Location elsewhere = ids.next("AZC elsewhere (COA, other municipality)", "outside the municipality",
                52.5180, 6.0830);
        Location minors = ids.next("Small-scale unit for unaccompanied minors", districts.get(2).district(),
                districts.get(2).latitude() - 0.003, districts.get(2).longitude());
        List<Location> regional = List.of(ids.next("Regional course centre", "regional centre",
                lat0 + 0.12, lon0 - 0.10));
        List<Location> all = new ArrayList<>(districts);
        all.addAll(reception);
        all.add(elsewhere);
        all.add(minors);
        all.addAll(regional);
        return new MunicipalityMap("Region of " + municipality, all, districts, districts, reception,
                Optional.empty(), elsewhere, minors, regional);
    }

    private static List<Location> concat(List<Location> a, List<Location> b) {
        List<Location> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Hands out location ids L-01, L-02, ... in creation order. */
    private static final class Ids {
        private int next = 1;

        Location next(String name, String district, double latitude, double longitude) {
            return new Location(String.format("L-%02d", next++), name, district, latitude, longitude);
        }
    }
}
