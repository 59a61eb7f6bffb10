package io.spikewatch.job.sim;

import java.time.Instant;

/**
 * One simulated host as a consumer of the data sees it.
 *
 * @param name {@code host.name}
 * @param id {@code host.id}, stable for a seed
 * @param ip first {@code host.ip}
 * @param role what kind of machine it is
 * @param profile finer role ({@code backup}, {@code etl}, {@code samba}, ...), for reports
 * @param site office whose working hours drive its activity ({@code lon}, {@code fra}, {@code nyc})
 * @param joinedAt when its agent first reported (the simulation start for hosts present from the start)
 */
public record SimHost(String name, String id, String ip, HostRole role, String profile, String site, Instant joinedAt) {}
